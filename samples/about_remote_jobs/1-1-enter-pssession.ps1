Enter-PSSession -computername Server01
