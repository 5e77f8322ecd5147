"""What every layer may use and that knows nothing of the register: the package's files,
errors as templates with fields, and a pause of the cyclic garbage collector."""
