invoke-command -session $s -scriptblock {get-job}
