"""Language knowledge as data: one module per subject, one table per language.

Each table is keyed by a BCP 47 primary language subtag (``"hi"``, ``"en"``),
so that supporting another language means adding rows, not branches. The
parser steps compile these tables into patterns on first use; nothing here
imports anything.
"""
