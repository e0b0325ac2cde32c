receive-job $job > c:\logs\PsLog.txt
