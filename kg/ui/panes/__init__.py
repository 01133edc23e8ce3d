"""The app's page, one module a part: `app.py` lays them out. Each function draws with Streamlit; the
logic they call lives in the modules of `kg.ui`."""
