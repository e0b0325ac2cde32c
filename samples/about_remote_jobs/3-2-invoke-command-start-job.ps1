invoke-command -session $s -scriptblock {
  start-job -scriptblock {get-eventlog system}}
