Exit-PSSession
