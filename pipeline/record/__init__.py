"""The record: the schema (the public contract) and turning a finished Doc into one."""
