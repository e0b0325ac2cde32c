$results = receive-job -id 1
