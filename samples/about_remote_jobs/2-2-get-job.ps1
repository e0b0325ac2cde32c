get-job
