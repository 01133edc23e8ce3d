"""Relations: the contract's direct relations, from patterns over the parse, from actions and from the relation model."""
