"""Trained parts of extraction: argument roles of (trigger, entity) pairs and the probability that an action is right."""
