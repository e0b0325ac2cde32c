invoke-command -computername Server01 -scriptblock {
  get-eventlog system} -asjob
