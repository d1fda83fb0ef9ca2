"""Placeholder replaced below."""
def default_model():
    return None
