"""Actions: triggers, clauses, arguments, dates and the document-level passes of the rules' candidate actions."""
