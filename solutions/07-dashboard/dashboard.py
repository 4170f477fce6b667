"""Streamlit dashboard that calls the churn API from module 06.

Run: API_URL=http://localhost:8000 streamlit run dashboard.py --server.headless true --server.port 8501
"""

import os

import pandas as pd
import requests
import streamlit as st

from dashboard_helpers import (
    COUNTRIES,
    age_grid,
    batch_payloads,
    build_payload,
    clean_api_url,
    decision_label,
    format_probability,
    mean_by_country,
    parse_health,
    parse_prediction,
    prepare_batch,
    what_if_curve,
)

API_URL = clean_api_url(os.getenv("API_URL", "http://localhost:8000"))
TIMEOUT = 5  # seconds; never call an API without a timeout


@st.cache_data(ttl=30, show_spinner=False)
def api_health() -> dict:
    response = requests.get(f"{API_URL}/health", timeout=TIMEOUT)
    response.raise_for_status()
    return response.json()


@st.cache_data(ttl=600, show_spinner=False)
def predict(customer: dict) -> dict:
    response = requests.post(f"{API_URL}/predict", json=customer, timeout=TIMEOUT)
    response.raise_for_status()
    return parse_prediction(response.json())


st.set_page_config(page_title="Churn dashboard", layout="wide")
st.title("Customer churn")
st.caption(f"API: {API_URL}")

try:
    status, version = parse_health(api_health())
except (requests.RequestException, ValueError) as exc:
    st.error(f"Cannot reach the API at {API_URL}: {exc}")
    st.stop()
st.sidebar.success(f"API {status} · version {version}")

with st.sidebar.form("customer"):
    age = st.slider("Age", 18, 100, 42)
    country = st.selectbox("Country", COUNTRIES)
    balance = st.number_input("Balance", min_value=0.0, value=50000.0, step=1000.0)
    tenure = st.slider("Tenure (years)", 0, 10, 3)
    num_products = st.slider("Products", 1, 4, 2)
    is_active = st.checkbox("Active member", value=True)
    st.form_submit_button("Predict")

customer = build_payload(age, country, balance, tenure, num_products, is_active)

try:
    result = predict(customer)
    ages = age_grid()
    curve = what_if_curve(ages, [predict({**customer, "age": a})["churn_probability"] for a in ages])
except (requests.RequestException, ValueError) as exc:
    st.error(f"Prediction failed: {exc}")
    st.stop()

left, right = st.columns(2)
left.metric("Churn probability", format_probability(result["churn_probability"]))
right.metric("Decision", decision_label(result["will_churn"]))
st.subheader("What if the customer were younger or older?")
st.line_chart(curve)

st.subheader("Score a CSV file")
uploaded = st.file_uploader("CSV with the model's input columns", type="csv")
if uploaded is not None:
    batch, missing = prepare_batch(pd.read_csv(uploaded))
    if missing:
        st.error(f"Missing columns: {missing}")
        st.stop()
    try:
        with st.spinner("Scoring..."):
            batch["churn_probability"] = [predict(p)["churn_probability"] for p in batch_payloads(batch)]
    except (requests.RequestException, ValueError) as exc:
        st.error(f"Batch scoring failed: {exc}")
        st.stop()
    st.bar_chart(mean_by_country(batch))
    st.dataframe(batch)
