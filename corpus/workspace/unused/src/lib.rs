// Never loaded: `app` enables it only under a feature Proofgate does not turn on.
this is not rust
