"""The article parser: a pipeline of small steps, one module each."""
