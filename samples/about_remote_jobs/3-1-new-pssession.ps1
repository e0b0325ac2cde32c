$s = new-pssession -computername Server01
