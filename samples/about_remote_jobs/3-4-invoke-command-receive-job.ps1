$results = invoke-command -session $s -scriptblock {
  receive-job -sessionid 2 -keep}
