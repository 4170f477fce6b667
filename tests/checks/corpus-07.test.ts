// Corpus for module 07 (dashboard): a Streamlit front end under ui/ calling the API with httpx and
// started through `make ui`, a monorepo app reading its API from st.secrets and started with Docker
// Compose, and a naive script with a hard-coded URL, no cache, no timeouts. Streamlit is not packaged
// by Debian, so "starts" is not run here in all three.
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, repository, write } from './corpus.js';

const REQUIREMENTS = ['streamlit==1.41.1', 'httpx==0.28.1', 'requests==2.32.3', 'pandas==2.2.3', 'altair==5.5.0'];

const ALL_PASS = {
  files: 'pass',
  imports: 'pass',
  'api-calls': 'pass',
  cache: 'pass',
  charts: 'pass',
  timeouts: 'pass',
  errors: 'pass',
  page: 'pass',
  readme: 'pass',
  'api-url': 'pass',
  'requirements-pinned': 'pass',
  starts: 'not-run',
} as const;

describe('corpus 07: dashboard', () => {
  it('ui/streamlit_app.py with httpx, BACKEND_URL from the environment, started by `make ui`', { timeout: TIMEOUT }, async () => {
    const place = repository('ui-httpx', 'price-ui');
    write(place.dir, {
      'ui/streamlit_app.py': [
        '"""Front end of the price service."""',
        'import os',
        '',
        'import altair as alt',
        'import httpx',
        'import pandas as pd',
        'import streamlit as st',
        '',
        'BACKEND_URL = os.environ.get("BACKEND_URL", "http://127.0.0.1:8080").rstrip("/")',
        '',
        'st.set_page_config(page_title="Car prices", page_icon="🚗")',
        '',
        '',
        '@st.cache_data(ttl=120)',
        'def quote(year: int, mileage_km: float, fuel: str) -> float:',
        '    with httpx.Client(base_url=BACKEND_URL, timeout=3.0) as client:',
        '        answer = client.post("/v1/quote", json={"year": year, "mileage_km": mileage_km, "fuel": fuel})',
        '        answer.raise_for_status()',
        '        return answer.json()["price_eur"]',
        '',
        '',
        'year = st.sidebar.slider("Year", 1995, 2025, 2018)',
        'mileage = st.sidebar.number_input("Mileage (km)", 0, 400_000, 60_000)',
        'fuel = st.sidebar.radio("Fuel", ["petrol", "diesel", "electric"])',
        'try:',
        '    price = quote(year, mileage, fuel)',
        'except httpx.HTTPError as error:',
        '    st.error(f"The price service at {BACKEND_URL} did not answer: {error}")',
        '    st.stop()',
        'st.metric("Estimated price", f"{price:,.0f} €")',
        'curve = pd.DataFrame({"km": range(0, 200_001, 20_000)})',
        'curve["price"] = [quote(year, km, fuel) for km in curve["km"]]',
        'st.altair_chart(alt.Chart(curve).mark_line().encode(x="km", y="price"), use_container_width=True)',
      ],
      Makefile: ['.PHONY: ui', 'ui:', '\tstreamlit run ui/streamlit_app.py --server.port 8501'],
      'requirements.txt': REQUIREMENTS,
      'README.md': [
        '# Car price UI',
        '',
        'A small page for the sales team: pick a car and see the quote of the price service, plus how the',
        'quote falls with the mileage.',
        '',
        '    pip install -r requirements.txt',
        '    BACKEND_URL=http://127.0.0.1:8080 make ui',
        '',
        'BACKEND_URL defaults to the local service; point it at staging to demo against real models.',
      ],
    });
    const { item } = await expectVerdicts('07', place, ALL_PASS);
    expect(item('readme').message).toMatch(/streamlit run through make ui/);
    expect(item('starts').hint).toMatch(/pip install streamlit/);
  });

  it('monorepo apps/dashboard/app.py: API from st.secrets, requests.Session, Docker Compose', { timeout: TIMEOUT }, async () => {
    const place = repository('ui-secrets', 'apps/dashboard');
    write(place.dir, {
      'app.py': [
        'import pandas as pd',
        'import requests',
        'import streamlit as st',
        '',
        'API = st.secrets.get("churn_api", {}).get("url", "http://api:8000")',
        'session = requests.Session()',
        '',
        '',
        '@st.cache_resource',
        'def connection() -> requests.Session:',
        '    return session',
        '',
        '',
        '@st.cache_data(ttl=300)',
        'def risk(payload: dict) -> dict:',
        '    response = connection().post(f"{API}/predict", json=payload, timeout=(2, 10))',
        '    response.raise_for_status()',
        '    return response.json()',
        '',
        '',
        'st.title("Retention desk")',
        'age = st.number_input("Age", 18, 100, 40)',
        'try:',
        '    answer = risk({"age": age, "country": "Spain", "balance": 1000.0})',
        'except requests.RequestException as exc:',
        '    st.warning(f"Churn API unavailable ({API}): {exc}")',
        'else:',
        '    st.bar_chart(pd.DataFrame({"probability": [answer["churn_probability"]]}))',
      ],
      'requirements.txt': REQUIREMENTS,
      '.streamlit/secrets.toml.example': ['[churn_api]', 'url = "http://localhost:8000"'],
      'README.md': [
        '# Retention desk',
        '',
        'Streamlit page that asks the churn API for a customer risk and plots it.',
        '',
        'Local run: `pip install -r requirements.txt`, copy `.streamlit/secrets.toml.example` to',
        '`.streamlit/secrets.toml` and set the API url there, then `streamlit run app.py`. With the whole',
        'stack: `docker compose up dashboard` from the repository root starts the API and this page.',
      ],
    });
    const { item } = await expectVerdicts('07', place, ALL_PASS);
    expect(item('api-url').message).toBe('app.py: correct');
  });

  it('a naive dashboard: hard-coded URL, no cache, no timeout, errors unhandled', { timeout: TIMEOUT }, async () => {
    const place = repository('ui-naive', 'dash');
    write(place.dir, {
      'dashboard.py': [
        'import requests',
        'import streamlit as st',
        '',
        'st.title("Churn")',
        'age = st.slider("Age", 18, 100, 40)',
        'answer = requests.post("http://localhost:8000/predict", json={"age": age}).json()',
        'st.write(answer)',
      ],
      'requirements.txt': ['streamlit', 'requests'],
      'README.md': ['# Dashboard', '', 'Run it with streamlit run dashboard.py.'],
    });
    await expectVerdicts('07', place, {
      ...ALL_PASS,
      cache: 'fail',
      charts: 'fail',
      timeouts: 'fail',
      errors: 'fail',
      readme: 'fail',
      'api-url': 'fail',
      'requirements-pinned': 'fail',
    });
  });
});
