"""`kg train`: the trained parts of kg/nlp/learn learned from a gold corpus. A consumer of the pipeline and of the
scorer (kg/eval), as the CLI is: nothing in kg/nlp imports it."""
