"""Generates random-cpython.json: CPython 3.13's Lib/random.py algorithms run on a splitmix32 word
stream (the same stream as test/helpers/fakes.ts SplitMix), with the words each call consumed.

Run with CPython 3.13: python3.13 test/vectors/random-cpython.py > test/vectors/random-cpython.json
"""
import json
import random
import sys

M = 0xFFFFFFFF


class Words(random.Random):
    """random.Random whose primitives read 32-bit words as CPython's C core does."""

    def __init__(self, seed):
        self.s = seed & M
        self.used = 0
        super().__init__()

    def seed(self, *args, **kwds):
        self.gauss_next = None

    def w32(self):
        self.used += 1
        self.s = (self.s + 0x9E3779B9) & M
        z = self.s
        z = ((z ^ (z >> 16)) * 0x85EBCA6B) & M
        z = ((z ^ (z >> 13)) * 0xC2B2AE35) & M
        return z ^ (z >> 16)

    def random(self):
        a = self.w32() >> 5
        b = self.w32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k == 0:
            return 0
        if k <= 32:
            return self.w32() >> (32 - k)
        r = 0
        for i in range((k - 1) // 32 + 1):
            w = self.w32()
            left = k - 32 * i
            if left < 32:
                w >>= 32 - left
            r |= w << (32 * i)
        return r


def enc(x):
    if isinstance(x, bool):
        return x
    if isinstance(x, int):
        return x if abs(x) <= 2**53 - 1 else {"big": str(x)}
    if isinstance(x, float):
        return {"float": repr(x)}
    if isinstance(x, (list, tuple)):
        return [enc(v) for v in x]
    return x


def big(x):
    return {"big": str(x)}


CALLS = [
    ("random", []),
    ("getrandbits", [1]), ("getrandbits", [31]), ("getrandbits", [32]), ("getrandbits", [33]), ("getrandbits", [53]),
    ("getrandbits", [big(64)]), ("getrandbits", [big(100)]), ("getrandbits", [big(1000)]),
    ("randrange", [10]), ("randrange", [2**32]), ("randrange", [1, 2]), ("randrange", [3, 4, 10]),
    ("randrange", [10, 0, -2]), ("randrange", [-(2**53 - 1), 2**53 - 1]), ("randrange", [0, 100, 7]),
    ("randrange", [big(2**99)]), ("randrange", [big(10**12), big(-(10**20)), big(-200)]),
    ("randrange", [big(-(2**70)), big(2**70), big(3)]),
    ("randint", [1, 6]), ("randint", [-1000, 1000]), ("randint", [big(0), big(2**128)]),
    ("choice", [list(range(7))]), ("choice", ["h\u00e9llo"]),
    ("shuffle", [list(range(10))]), ("shuffle", [list(range(50))]),
    ("sample", [list(range(20)), 10]), ("sample", [list(range(100)), 10]), ("sample", [list(range(1000)), 100]),
    ("sample", [list(range(30)), 30]), ("sample", ["abcdefg", 3]),
    ("sample_counts", [["a", "b", "c"], 4, [2, 3, 1]]), ("sample_counts", [["x", "y"], 50, [100, 200]]),
    ("choices", [[10, 20, 30], 5, None, None]), ("choices", [[10, 20, 30], 5, [1, 2, 3], None]),
    ("choices", [[10, 20, 30], 5, None, [1, 1.5, 4]]), ("choices", [[0, 1], 20, [1e-323, 1e-323], None]),
    ("uniform", [2, 5]), ("uniform", [5, -3]), ("triangular", []), ("triangular", [0, 10, 3]),
    ("triangular", [1, 1, 1]), ("triangular", [2, 9]),
    ("normalvariate", []), ("normalvariate", [1, 2]),
    ("gauss", []), ("gauss", [5, 2]), ("gauss", []),
    ("lognormvariate", [0, 0.5]), ("expovariate", []), ("expovariate", [2]),
    ("vonmisesvariate", [1, 4]), ("vonmisesvariate", [1, 1e-7]), ("vonmisesvariate", [0, 100]),
    ("gammavariate", [0.5, 2]), ("gammavariate", [1, 2]), ("gammavariate", [3.5, 1]),
    ("betavariate", [2, 3]), ("betavariate", [0.5, 0.5]), ("paretovariate", [2.5]), ("weibullvariate", [2, 1.5]),
    ("binomialvariate", []), ("binomialvariate", [20, 0.2]), ("binomialvariate", [20, 0.8]),
    ("binomialvariate", [1000, 0.3]), ("binomialvariate", [100000, 0.7]), ("binomialvariate", [0, 0.5]),
    ("binomialvariate", [50, 0.5]), ("binomialvariate", [10**9, 0.01]),
]
# Plenty of BTRS calls, so the lgamma acceptance branch is exercised.
CALLS += [("binomialvariate", [n, p]) for n in (30, 200, 5000) for p in (0.05, 0.2, 0.5, 0.9)] * 5


def dec(a):
    if isinstance(a, dict):
        return int(a["big"])
    if isinstance(a, list):
        return [dec(v) for v in a]
    return a


def main():
    out = []
    for seed in (1, 20260917):
        g = Words(seed)
        for name, args in CALLS:
            a = dec(args)
            before = g.used
            if name == "shuffle":
                x = list(a[0])
                g.shuffle(x)
                r = x
            elif name == "sample_counts":
                r = g.sample(a[0], a[1], counts=a[2])
            elif name == "choices":
                r = g.choices(a[0], weights=a[2], cum_weights=a[3], k=a[1])
            else:
                r = getattr(g, name)(*a)
            out.append({"seed": seed, "call": name, "args": args, "result": enc(r), "words": g.used - before})
    json.dump({"python": sys.version.split()[0], "vectors": out}, sys.stdout, indent=None)


main()
