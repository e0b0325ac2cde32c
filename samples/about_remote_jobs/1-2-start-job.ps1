$job = start-job -scriptblock {
  get-eventlog "Windows PowerShell"
}
