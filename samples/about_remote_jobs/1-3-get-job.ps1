get-job $job
