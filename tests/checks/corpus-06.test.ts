// Corpus for module 06 (API), every item's verdict: the lesson's service reorganised as service/api.py
// (`api = FastAPI()`) with a ChurnRequest model in contracts.py, a src-layout car-price service with its
// own routes, fields and model file, and a service whose image runs as root with a secret baked in.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, move, repository, rewrite, solutionAt, write } from './corpus.js';
import { testPython } from './helpers.js';

const ALL_PASS = {
  files: 'pass',
  health: 'pass',
  'predict-valid': 'pass',
  'predict-invalid-422': 'pass',
  docs: 'pass',
  schemas: 'pass',
  routes: 'pass',
  'dockerfile-cmd': 'pass',
  'requirements-pinned': 'pass',
  readme: 'pass',
  'dockerfile-pinned': 'pass',
  'dockerfile-non-root': 'pass',
  'dockerfile-no-secrets': 'pass',
  pytest: 'pass',
} as const;

describe('corpus 06: API', () => {
  it('service/api.py with `api = FastAPI()`, ChurnRequest in service/contracts.py', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('06', 'api-service', 'churn-service');
    const { dir } = place;
    move(join(dir, 'app'), join(dir, 'service'));
    move(join(dir, 'service', 'main.py'), join(dir, 'service', 'api.py'));
    move(join(dir, 'service', 'schemas.py'), join(dir, 'service', 'contracts.py'));
    rewrite(join(dir, 'service', 'api.py'), [
      [/from app\.schemas import Customer,/, 'from service.contracts import ChurnRequest,'],
      [/^app = FastAPI\(/m, 'api = FastAPI('],
      [/@app\.get/g, '@api.get'],
      [/@app\.post/g, '@api.post'],
      [/customer: Customer/g, 'customer: ChurnRequest'],
    ]);
    rewrite(join(dir, 'service', 'contracts.py'), [[/class Customer\(/, 'class ChurnRequest(']]);
    rewrite(join(dir, 'tests', 'test_api.py'), [
      [/from app import main/, 'from service import api as main'],
      [/from app\.main import app/, 'from service.api import api as app'],
    ]);
    rewrite(join(dir, 'Dockerfile'), [
      [/COPY app\/ \.\/app\//, 'COPY service/ ./service/'],
      [/"app\.main:app"/, '"service.api:api"'],
    ]);
    const { item } = await expectVerdicts('06', place, ALL_PASS);
    expect(item('schemas').message).toContain('service/contracts.py');
  });

  it('a src-layout car-price service: POST /v1/quote, its own fields, a joblib model, started from the Dockerfile', { timeout: TIMEOUT }, async () => {
    const place = repository('api-cars', 'car-prices');
    const { dir } = place;
    write(dir, {
      'src/carprice/__init__.py': '',
      'src/carprice/contracts.py': [
        'from typing import Literal',
        '',
        'from pydantic import BaseModel, Field',
        '',
        '',
        'class CarListing(BaseModel):',
        '    year: int = Field(ge=1990, le=2025)',
        '    mileage_km: float = Field(ge=0)',
        '    fuel: Literal["petrol", "diesel", "electric"]',
        '',
        '',
        'class Quote(BaseModel):',
        '    price_eur: float',
      ],
      'src/carprice/service.py': [
        '"""Price quotes for used cars from the trained regression."""',
        'from pathlib import Path',
        '',
        'import joblib',
        'from fastapi import FastAPI',
        '',
        'from carprice.contracts import CarListing, Quote',
        '',
        'MODEL = joblib.load(Path(__file__).resolve().parents[2] / "models" / "price.joblib")',
        'FUELS = ["petrol", "diesel", "electric"]',
        'api = FastAPI(title="Car prices")',
        '',
        '',
        '@api.get("/health")',
        'def health() -> dict:',
        '    return {"status": "ok"}',
        '',
        '',
        '@api.post("/v1/quote", response_model=Quote)',
        'def quote(car: CarListing) -> Quote:',
        '    row = [[car.year, car.mileage_km, FUELS.index(car.fuel)]]',
        '    return Quote(price_eur=max(500.0, float(MODEL.predict(row)[0])))',
      ],
      'tests/test_service.py': [
        'from fastapi.testclient import TestClient',
        '',
        'from carprice.service import api',
        '',
        'client = TestClient(api)',
        '',
        '',
        'def test_health():',
        '    assert client.get("/health").json() == {"status": "ok"}',
        '',
        '',
        'def test_quote():',
        '    answer = client.post("/v1/quote", json={"year": 2019, "mileage_km": 40000, "fuel": "diesel"})',
        '    assert answer.status_code == 200 and answer.json()["price_eur"] > 0',
        '',
        '',
        'def test_a_car_from_the_future_is_rejected():',
        '    assert client.post("/v1/quote", json={"year": 2031, "mileage_km": 1, "fuel": "petrol"}).status_code == 422',
      ],
      'pyproject.toml': ['[tool.pytest.ini_options]', 'pythonpath = ["src"]'],
      'requirements.txt': ['fastapi==0.115.6', 'uvicorn==0.34.0', 'scikit-learn==1.6.1', 'joblib==1.4.2', 'pytest==8.3.4', 'httpx==0.28.1'],
      Dockerfile: [
        'FROM python:3.12.8-slim',
        'RUN useradd --uid 10001 --create-home api',
        'WORKDIR /srv',
        'COPY requirements.txt .',
        'RUN pip install --no-cache-dir -r requirements.txt',
        'COPY src/ ./src/',
        'COPY models/ ./models/',
        'ENV PYTHONPATH=/srv/src',
        'USER api',
        'CMD ["uvicorn", "carprice.service:api", "--host", "0.0.0.0", "--port", "8080"]',
      ],
      'README.md': [
        '# Car prices API',
        '',
        'Install with `pip install -r requirements.txt`, run `PYTHONPATH=src uvicorn carprice.service:api --port 8080`',
        'and ask for a quote: `curl -X POST localhost:8080/v1/quote -d \'{"year": 2019, "mileage_km": 40000, "fuel": "diesel"}\'`.',
        'The image: `docker build -t car-prices .` then `docker run -p 8080:8080 car-prices`. Tests: `python -m pytest`.',
        '',
        'The quote comes from a linear regression on year, mileage and fuel; a car outside 1990–2025 or with a',
        'negative mileage is refused with 422 before the model sees it.',
      ],
    });
    // The model the service loads: a small regression fitted here, as the training step would leave it.
    const fit = 'import joblib, sys\nfrom sklearn.linear_model import LinearRegression\nX = [[2010 + i % 14, 5000.0 * i, i % 3] for i in range(60)]\ny = [30000 - 900 * (2024 - a) - 0.03 * b + 2000 * c for a, b, c in X]\njoblib.dump(LinearRegression().fit(X, y), sys.argv[1])';
    write(dir, { 'models/.keep': '' });
    execFileSync(testPython(), ['-c', fit, join(dir, 'models', 'price.joblib')]);
    const { item } = await expectVerdicts('06', place, ALL_PASS);
    expect(item('predict-valid').message).toContain('POST /v1/quote → 200');
  });

  it('an image that runs as root on a floating tag with a secret in ENV', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('06', 'api-root', 'api');
    const dockerfile = join(place.dir, 'Dockerfile');
    rewrite(dockerfile, [
      [/^FROM python:3\.12-slim$/m, 'FROM python:latest'],
      [/^USER appuser\n/m, ''],
      [/^EXPOSE 8000$/m, 'ENV MODEL_REGISTRY_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\nEXPOSE 8000'],
    ]);
    const { item } = await expectVerdicts('06', place, { ...ALL_PASS, 'dockerfile-pinned': 'fail', 'dockerfile-non-root': 'fail', 'dockerfile-no-secrets': 'fail' });
    expect(item('dockerfile-no-secrets').message).toMatch(/writes MODEL_REGISTRY_TOKEN into the image with ENV/);
  });
});
