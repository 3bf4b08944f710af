"""Reference values for test/helpers/stats.ts (python3, standard library only):

- binomial tails P(X <= k), P(X >= k) for X ~ binomial(n, a/d): the pmf at k is
  n!/(k!(n - k)!) * a^k * (d - a)^(n - k) / d^n with exact integer factorials (Stirling's series to
  60 digits above 20,000), and the tails sum exact term ratios outward, all in 60-digit decimals;
- chi-square upper tails by their closed forms (even df: exp(-x/2) * sum (x/2)^i / i!, in decimal;
  df 1 and 3: through erfc), and noncentral chi-square tails on 1 df:
  P(|Z + sqrt(lambda)| >= sqrt(x)).

Run: python3 test/vectors/stats.py > test/vectors/stats.json
"""

import json
import math
from decimal import Decimal, getcontext

getcontext().prec = 60


def big_ln(c):
    # ln of a huge integer from its top 240 bits (relative error 2^-240).
    s = max(0, c.bit_length() - 240)
    return Decimal(c >> s).ln() + s * Decimal(2).ln()


PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459")
BERNOULLI = [(1, 6), (-1, 30), (1, 42), (-1, 30), (5, 66), (-691, 2730), (7, 6)]


def ln_fact(m):
    # Exact below 20,000; above, Stirling's series to B14 (the next term is below 1e-60).
    if m < 20000:
        return big_ln(math.factorial(m))
    x = Decimal(m + 1)
    s = (x - Decimal("0.5")) * x.ln() - x + (2 * PI).ln() / 2
    for j, (num, den) in enumerate(BERNOULLI, start=1):
        s += Decimal(num) / (den * (2 * j) * (2 * j - 1) * x ** (2 * j - 1))
    return s


def binomial_tails(k, n, a, d):
    b = d - a
    logpmf = (
        ln_fact(n) - ln_fact(k) - ln_fact(n - k)
        + (k * Decimal(a).ln() if k else 0)
        + ((n - k) * Decimal(b).ln() if n - k else 0)
        - n * Decimal(d).ln()
    )
    pk = logpmf.exp()
    tiny = Decimal(10) ** -40

    def outward(down):
        s, t, j = Decimal(1), Decimal(1), k
        while (j > 0) if down else (j < n):
            if down:
                t = t * Decimal(j * b) / Decimal((n - j + 1) * a)
                j -= 1
            else:
                t = t * Decimal((n - j) * a) / Decimal((j + 1) * b)
                j += 1
            s += t
            if t < tiny * s and (j < n * a / d if down else j > n * a / d):
                break
        return s

    if k * d <= n * a:
        lower = pk * outward(True)
        upper = 1 - lower + pk
    else:
        upper = pk * outward(False)
        lower = 1 - upper + pk
    return float(lower), float(upper), float(logpmf)


def chi2_even(x, df):
    h = Decimal(x) / 2
    term, s = Decimal(1), Decimal(1)
    for i in range(1, df // 2):
        term = term * h / i
        s += term
    return float((-h).exp() * s)


def chi2_odd(x, df):
    if df == 1:
        return math.erfc(math.sqrt(x / 2))
    if df == 3:
        return math.erfc(math.sqrt(x / 2)) + math.sqrt(2 * x / math.pi) * math.exp(-x / 2)
    raise ValueError(df)


def normal_upper(z):
    return 0.5 * math.erfc(z / math.sqrt(2))


binomial = []
for k, n, a, d in [
    (0, 10, 1, 2),
    (3, 10, 1, 2),
    (10, 10, 1, 2),
    (20, 100, 1, 2),
    (50, 100, 1, 2),
    (80, 100, 1, 2),
    (250, 1000, 1, 3),
    (333, 1000, 1, 3),
    (420, 1000, 1, 3),
    (0, 1000, 1, 3),
    (1, 750000, 4, 2**31 + 1),
    (0, 750000, 4, 2**31 + 1),
    (5, 750000, 4, 2**31 + 1),
    (11000, 750000, 2, 129),
    (11628, 750000, 2, 129),
    (12300, 750000, 2, 129),
    (374000, 750000, 85, 171),
    (370000, 750000, 85, 171),
    (384000, 750000, 85, 171),
    (4990000, 10000000, 1, 2),
    (5030000, 10000000, 1, 2),
]:
    lower, upper, logpmf = binomial_tails(k, n, a, d)
    binomial.append({"k": k, "n": n, "a": a, "d": d, "lower": lower, "upper": upper, "logPmf": logpmf})

chi2 = []
for df, x in [(2, 41.4), (10, 60.0), (120, 236.0), (1024, 1300.0), (1024, 1000.0), (65536, 66600.0), (1, 37.3), (3, 45.0), (1, 0.5)]:
    q = chi2_even(x, df) if df % 2 == 0 else chi2_odd(x, df)
    chi2.append({"df": df, "x": x, "q": q})

noncentral = []
for x, lam in [(37.3, 10.0), (37.3, 100.0), (37.3, 300.0), (10.0, 4.0)]:
    r, s = math.sqrt(x), math.sqrt(lam)
    noncentral.append({"df": 1, "x": x, "lambda": lam, "q": normal_upper(r - s) + normal_upper(r + s)})

print(json.dumps({"binomial": binomial, "chiSquare": chi2, "noncentralChiSquare": noncentral}, indent=1))
