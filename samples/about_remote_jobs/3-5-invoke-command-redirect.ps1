invoke-command -session $s -command {
  receive-job -sessionid 2 > c:\logs\pslog.txt}
