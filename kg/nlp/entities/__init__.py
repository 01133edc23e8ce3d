"""Entities: the gazetteer, the entity ruler, typing, instruments, document aliases and the resolver."""
