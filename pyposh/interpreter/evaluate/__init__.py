"""The evaluator: the compile handlers for expressions, statements, pipelines and assignment."""
