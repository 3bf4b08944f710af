#!/usr/bin/env python3
"""Reference values for the birthday-problem maths in src/entropy.

Writes test/vectors/collisions.json: for many (n draws, N values) pairs, P(at least one collision)
and its complement Q = P(no collision) = prod_{i<n} (1 - i/N), to 60 significant digits, plus the
inverse (the smallest n whose collision probability reaches p).

Only the standard library is used (fractions, decimal), so any python3 reproduces the file:

    python3 scripts/vectors/collisions.py

Three methods, each exact up to the final rounding:
  * n <= 5000 and an integer N: the exact product, as a ratio of big integers.
  * otherwise: ln Q = -sum_k S_k(n) / (k N^k) with the power sums S_k(n) = sum_{i<n} i^k taken
    exactly from Faulhaber's formula (Bernoulli numbers as fractions); used only where
    n/N <= 0.05, so 120 terms reach far below 1e-80 relative.
  * n <= 5000 and a non-integer N (2^bits): the sum of ln(1 - i/N), each by its Taylor series.
"""
import json
import math
import os
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 90
SIG = 40  # significant digits written to the file


def bernoulli(m):
    """B_0..B_m with B_1 = -1/2 (the convention for sums over 0..n-1)."""
    a = [Fraction(0)] * (m + 1)
    b = []
    for i in range(m + 1):
        a[i] = Fraction(1, i + 1)
        for j in range(i, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
        b.append(a[0])
    # The algorithm yields B_1 = +1/2; flip it.
    if m >= 1:
        b[1] = -b[1]
    return b


B = bernoulli(120)


def power_sum(k, n):
    """S_k(n) = sum_{i=0}^{n-1} i^k, exactly (n may be a Fraction for the continuous extension)."""
    s = Fraction(0)
    for j in range(k + 1):
        s += math.comb(k + 1, j) * B[j] * Fraction(n) ** (k + 1 - j)
    return s / (k + 1)


def dec(fr):
    return Decimal(fr.numerator) / Decimal(fr.denominator)


def expm1(x):
    """exp(x) - 1 in Decimal without cancellation for small x."""
    if abs(x) > Decimal("0.1"):
        return x.exp() - 1
    term = x
    total = Decimal(0)
    k = 1
    while True:
        total += term
        k += 1
        term = term * x / k
        if term == 0 or abs(term) < abs(total) * Decimal(10) ** -85:
            return total


def ln_q_series(n, N):
    """ln P(no collision) by the power-sum series; N is a Decimal, n an integer or a Fraction."""
    total = Decimal(0)
    for k in range(1, 120):
        t = dec(power_sum(k, n)) / (k * N**k)
        total -= t
        if t == 0 or abs(t) < abs(total) * Decimal(10) ** -80:
            return total
    raise RuntimeError("series did not converge")


def scaled_ratio(num, den):
    """num/den for big positive integers, as a Decimal (300 leading bits are plenty)."""
    if num == 0:
        return Decimal(0)
    shift = max(0, max(num.bit_length(), den.bit_length()) - 320)
    return Decimal(num >> shift) / Decimal(den >> shift)


def exact(n, N):
    """(P, Q) for an integer N and a small n, from the exact product."""
    if n > N:
        return Decimal(1), Decimal(0)
    num = 1
    for i in range(n):
        num *= N - i
    den = N**n
    return scaled_ratio(den - num, den), scaled_ratio(num, den)


def log1p_neg(y):
    """ln(1 - y) in Decimal without cancellation for small y."""
    if y > Decimal("0.1"):
        return (1 - y).ln()
    term = y
    total = Decimal(0)
    k = 1
    while True:
        total -= term / k
        k += 1
        term *= y
        if term == 0 or abs(term) < abs(total) * Decimal(10) ** -85:
            return total


def by_sum(n, N):
    """(P, Q) for a real N and a small n, summing ln(1 - i/N) term by term."""
    lq = Decimal(0)
    for i in range(1, n):
        lq += log1p_neg(Decimal(i) / N)
    return -expm1(lq), lq.exp()


def by_series(n, N):
    lq = ln_q_series(n, N)
    return -expm1(lq), lq.exp()


def fmt(d):
    return format(d, f".{SIG}e") if d != 0 else "0"


def space_json(space):
    kind, v = space
    return {"bits": v} if kind == "bits" else str(v)


def space_decimal(space):
    kind, v = space
    if kind == "bits":
        # v is the double the test passes; its exact binary value is used here.
        return Decimal(2) ** Decimal(v)
    return Decimal(v)


def compute(n, space):
    kind, v = space
    if kind == "int" and n <= 5000:
        return exact(n, v)
    N = space_decimal(space)
    if n - 1 >= N:
        return Decimal(1), Decimal(0)
    if n <= 5000:
        return by_sum(n, N)
    assert Decimal(n) / N <= Decimal("0.05"), (n, space)
    return by_series(n, N)


SPACES = [("int", v) for v in [2, 3, 5, 10, 23, 64, 365, 1000, 65536, 10**6, 2**32, 10**12, 2**53, 2**64]]
SPACES += [("int", 62**21), ("int", 2**122), ("int", 2**126), ("int", 2**128), ("int", 2**160)]
SPACES += [("int", 2**256), ("int", 2**512), ("int", 2**1000), ("int", 2**1020)]
SPACES += [("bits", 21 * math.log2(62)), ("bits", 73.0), ("bits", 10.5), ("bits", 200.25), ("bits", 1000.5)]

TARGETS = [1e-300, 1e-250, 1e-200, 1e-150, 1e-100, 1e-60, 1e-30, 1e-20, 1e-16, 1e-12, 1e-9, 1e-6, 1e-3]
TARGETS += [0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12, 1 - 1e-15]


def draws_near(p, space):
    N = float(space_decimal(space))
    return round(math.sqrt(-2 * N * math.log1p(-p)) + 0.5) if N < 1e300 else None


def main():
    cases = []
    seen = set()

    def add(n, space):
        key = (n, space)
        if key in seen or n < 0:
            return
        seen.add(key)
        p, q = compute(n, space)
        draws = n if n <= 2**53 else str(n)
        cases.append({"n": draws, "space": space_json(space), "p": fmt(p), "q": fmt(q)})

    for space in SPACES:
        kind, v = space
        small = kind == "int" and v <= 1000
        if small:
            for n in range(0, v + 2) if v <= 23 else [0, 1, 2, 3, 10, 23, 30, 50, 57, 70, 100, v, v + 1]:
                if n <= v + 1:
                    add(n, space)
        for n in [0, 1, 2, 3, 1000]:
            if kind == "bits" or n <= 5000 or n / v <= 0.01:
                if not (kind == "int" and n > v + 1):
                    add(n, space)
        for p in TARGETS:
            if kind == "bits" or v >= 1e300:
                N = space_decimal(space)
                n = int((2 * N * -Decimal(1 - p).ln()).sqrt() + Decimal("0.5")) if p < 0.5 else None
                if n is None:
                    x = float((2 * N * Decimal(-math.log1p(-p))).sqrt())
                    n = int(x + 0.5)
            else:
                n = draws_near(p, space)
            if n is None or n < 2:
                continue
            if kind == "int" and n > 5000 and n / v > 0.01:
                continue
            if n > 2**200:
                continue
            add(n, space)

    # Inverse: the smallest n with P(n) >= p.
    inverse = []
    for space in [("int", v) for v in [2, 23, 365, 1000, 65536, 10**6, 2**32, 2**53, 2**64, 2**100]] + [
        ("bits", 21 * math.log2(62)),
        ("bits", 126.0),
        ("bits", 122.0),
    ]:
        for p in [1e-15, 1e-9, 1e-6, 1e-3, 0.01, 0.25, 0.5, 0.9, 0.99, 1 - 1e-9]:
            N = space_decimal(space)
            guess = (2 * N * Decimal(-math.log1p(-p))).sqrt()
            if guess > 2**53:
                # Real root of the continuous extension, by bisection on Fractions.
                target = Decimal(math.log1p(-p))
                lo, hi = guess * Decimal("0.9"), guess * Decimal("1.1")
                for _ in range(200):
                    mid = (lo + hi) / 2
                    if ln_q_series(Fraction(mid), N) > target:
                        lo = mid
                    else:
                        hi = mid
                inverse.append({"p": p, "space": space_json(space), "n": format(hi, ".30e"), "exact": False})
                continue

            def P(n):
                return compute(n, space)[0]

            lo, hi = 1, max(2, int(guess) + 2)
            if space[0] == "int":
                hi = min(hi, space[1] + 1)
            while P(hi) < Decimal(p):
                hi *= 2
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if P(mid) >= Decimal(p):
                    hi = mid
                else:
                    lo = mid
            # Skip near-ties (p itself a collision probability, such as 1/N): the answer would
            # hinge on the last bit of the double p.
            tie = any(abs(P(m) - Decimal(p)) <= Decimal(p) * Decimal("1e-9") for m in (hi - 1, hi))
            if not tie and (hi <= 5000 or space[0] != "int" or hi / space[1] <= 0.01):
                inverse.append({"p": p, "space": space_json(space), "n": hi, "exact": True})

    out = {
        "source": "scripts/vectors/collisions.py (Python decimal/fractions, 90-digit arithmetic)",
        "cases": cases,
        "inverse": inverse,
    }
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "test", "vectors", "collisions.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases, {len(inverse)} inverse cases -> {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
