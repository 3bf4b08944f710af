#!/usr/bin/env python3
"""Reference vectors for secrets-ts/seeded from CPython 3.13's random.Random.

Run (from the repository root, with a CPython 3.13 interpreter):

    PYENV_VERSION=3.13.0 python3 scripts/vectors/cpython_random.py

It writes test/vectors/cpython/random-3.13.json. The file is committed; the tests only read it.

Value encoding (every value in "args", "kwargs", "result" and the CPython test values):
  int       -> {"int": "<decimal>"}            (exact at any size)
  float     -> {"float": float.hex(x), "repr": repr(x)}
  bytes     -> {"bytes": "<hex>"}              (bytes and bytearray)
  str       -> a JSON string
  list/tuple-> a JSON array of encoded values
  None      -> null
States are stored raw, as json.loads(json.dumps(r.getstate())): [3, [624 words, index], gauss_next]
with gauss_next null or a plain JSON number (it round-trips exactly through JSON).

Per seed: "seed" (encoded), "kind" (int/float/str/bytes/bytearray), "version", "state" right after
seeding, "calls" and "final_state" after the last call. Each call is
  {"method", "args", "kwargs" (only if any), "result", "words", "libm" (only if true)}
where "words" is the exact number of 32-bit Mersenne Twister outputs the call consumed (found by
stepping a clone with getrandbits(32) until its state equals the state after the call), and
"libm": true marks results that pass through the C library's log/exp/cos/sin/acos/pow, which a
JavaScript engine may round differently by a few ulps. For shuffle, "result" is the list after the
call. The calls of one seed run in order on one generator (gauss caches its second value).
"""
import json
import math
import random
import sys

assert sys.version_info[:2] == (3, 13), f'run with CPython 3.13, not {sys.version}'

OUT = 'test/vectors/cpython/random-3.13.json'


def enc(v):
    if v is None:
        return None
    if isinstance(v, bool):
        raise TypeError('bool values are not used in the vectors')
    if isinstance(v, int):
        return {'int': str(v)}
    if isinstance(v, float):
        return {'float': v.hex(), 'repr': repr(v)}
    if isinstance(v, (bytes, bytearray)):
        return {'bytes': bytes(v).hex()}
    if isinstance(v, str):
        return v
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    raise TypeError(f'cannot encode {type(v)}')


def state_json(r):
    return json.loads(json.dumps(r.getstate()))


def words_between(before, after):
    """Number of getrandbits(32) steps that take state `before` to state `after`."""
    clone = random.Random()
    clone.setstate(before)
    n = 0
    while clone.getstate()[1] != after[1]:
        clone.getrandbits(32)
        n += 1
        assert n <= 200000, 'consumption search did not terminate'
    return n


LIBM = {'gauss', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
        'betavariate', 'paretovariate', 'weibullvariate', 'binomialvariate'}


def uses_libm(method, args):
    if method not in LIBM:
        return False
    if method == 'vonmisesvariate':
        return args[1] > 1e-6  # tiny kappa is mu + 2*pi*random(): plain arithmetic
    if method == 'binomialvariate':
        n, p = (list(args) + [1, 0.5][len(args):])[:2]
        return n != 1 and 0.0 < p < 1.0  # n == 1 is random() < p; p in {0, 1} draws nothing
    return True


def call_list():
    c = []
    add = lambda m, *a, **kw: c.append((m, a, kw))  # noqa: E731
    for _ in range(3):
        add('random')
    for k in [0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 33, 47, 52, 53, 54, 63, 64, 65, 95, 96, 97, 127, 128,
              129, 160, 199, 200, 1000]:
        add('getrandbits', k)
    for n in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 33]:
        add('randbytes', n)
    for a in [(1,), (2,), (10,), (1000,), (2**31,), (2**32,), (2**32 + 1,), (2**53,), (2**53 + 1,),
              (10**30,), (2**200,), (-5, 5), (3, 4, 10), (0, 100, 7), (10**12, -10**20, -200),
              (100, 0, -3), (-10**30, 10**30, 3), (2**60, 2**60 + 2), (5, 6), (0, 2**64, 2**32)]:
        add('randrange', *a)
    for a in [(1, 6), (-10, -1), (-2**70, 2**70), (0, 0), (10**20, 10**20 + 5)]:
        add('randint', *a)
    add('choice', list('abcdefghij'))
    add('choice', [7])
    add('choice', list(range(100)))
    add('choices', ['a', 'b', 'c'])
    add('choices', ['a', 'b', 'c'], k=5)
    add('choices', list(range(10)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k=6)
    add('choices', ['x', 'y', 'z'], cum_weights=[1, 5, 10], k=4)
    add('choices', ['a', 'b'], [0.3, 0.7], k=3)
    add('choices', ['p', 'q', 'r'], cum_weights=[0.25, 0.5, 2.0], k=3)
    add('sample', list(range(10)), 3)  # pool strategy: n <= setsize
    add('sample', list(range(30)), 30)
    add('sample', list(range(200)), 5)  # set strategy: n > setsize = 21 + 4**ceil(log(3k, 4))
    add('sample', list(range(400)), 20)
    add('sample', ['red', 'blue'], 5, counts=[4, 2])
    add('sample', [], 0)
    for n in [0, 1, 2, 10, 100]:
        add('shuffle', list(range(n)))
    for a in [(0, 1), (-5, 10), (10, -5), (2.5, 2.5), (1e-300, 1e300)]:
        add('uniform', *a)
    for a in [(), (0, 10), (0, 10, 2), (5, 5, 5), (10, 0, 3), (0, 1, None), (1.5, 1.5)]:
        add('triangular', *a)
    add('gauss')
    add('gauss')
    add('gauss')
    add('gauss', 10, 2)
    add('random')
    add('gauss', 10, 2)
    add('normalvariate')
    add('normalvariate', 5, 0.5)
    add('lognormvariate', 0, 1)
    add('lognormvariate', 1, 0.25)
    add('expovariate')
    add('expovariate', 1.5)
    add('expovariate', 0.01)
    for a in [(0, 0), (1, 1e-7), (math.pi, 4), (0.5, 0.5), (2.0, 50)]:
        add('vonmisesvariate', *a)
    for a in [(0.5, 1), (1, 2), (2.5, 1.5), (0.01, 1), (10, 0.1)]:
        add('gammavariate', *a)
    add('betavariate', 2, 3)
    add('betavariate', 0.5, 0.5)
    add('paretovariate', 1)
    add('paretovariate', 3.5)
    add('weibullvariate', 1, 1)
    add('weibullvariate', 2, 0.5)
    for a in [(), (1, 0.3), (10, 0.3), (20, 0.25), (100, 0.5), (1000, 0.1), (50, 0.8), (0, 0.5),
              (10, 0.0), (10, 1.0), (10**6, 0.999)]:
        add('binomialvariate', *a)
    add('random')
    return c


def run_calls(r):
    out = []
    for method, args, kwargs in call_list():
        before = r.getstate()
        enc_args = enc(list(args))  # before the call: shuffle mutates its argument
        result = getattr(r, method)(*args, **kwargs)
        if method == 'shuffle':
            result = args[0]
        rec = {'method': method, 'args': enc_args}
        if kwargs:
            rec['kwargs'] = {k: enc(v) for k, v in kwargs.items()}
        rec['result'] = enc(result)
        rec['words'] = words_between(before, r.getstate())
        if uses_libm(method, args):
            rec['libm'] = True
        out.append(rec)
    return out


SEEDS = [
    ('int', 0, 2), ('int', 1, 2), ('int', 42, 2), ('int', 2**32, 2), ('int', 2**64 + 7, 2), ('int', -3, 2),
    ('int', 2**100 + 12345, 2), ('int', (1 << 8000) - 1, 2),
    ('float', 1.5, 2), ('float', -1.0, 2), ('float', 2.0**70, 2), ('float', 3.14, 2),
    ('str', 'hello world', 2), ('str', '', 2), ('str', 'h\u00e9llo \u2713 \U0001F600', 2),
    ('bytes', b'\x00\x01\xfe\xff', 2), ('bytearray', bytearray(b'secrets-ts'), 2),
    ('str', 'nofar', 1), ('bytes', b'rachel', 1), ('str', '', 1),
]


def cpython_tests():
    """Hard-coded values of Lib/test/test_random.py (MersenneTwister_TestBasicOps), re-checked here."""
    r = random.Random()

    def hexes(seed, version=2, n=4):
        r.seed(seed, version=version)
        return [r.random().hex() for _ in range(n)]

    stable = [
        (3456147, 1, ['0x1.ac362300d90d2p-1', '0x1.9d16f74365005p-1', '0x1.1ebb4352e4c4dp-1', '0x1.1a7422abf9c11p-1']),
        ('the quick brown fox', 2,
         ['0x1.1239ddfb11b7cp-3', '0x1.b3cbb5c51b120p-4', '0x1.8c4f55116b60fp-1', '0x1.63eb525174a27p-1']),
    ]
    v1 = [
        ('nofar', ['0x1.8645314505ad7p-1', '0x1.afb1f82e40a40p-5', '0x1.2a59d2285e971p-1', '0x1.56977142a7880p-6']),
        ('rachel', ['0x1.0b294cc856fcdp-1', '0x1.2ad22d79e77b8p-3', '0x1.3052b9c072678p-2', '0x1.578f332106574p-3']),
        ('', ['0x1.b0580f98a7dbep-1', '0x1.84129978f9c1ap-1', '0x1.aeaa51052e978p-2', '0x1.092178fb945a6p-2']),
    ]
    v1_bytes_extra = (b'\x00\x20\x40\x60\x80\xA0\xC0\xE0\xF0',
                      ['0x1.52c2fde444d23p-1', '0x1.875174f0daea4p-2', '0x1.9e9b2c50e5cd2p-1', '0x1.fa57768bd321cp-2'])
    ref_seed = 61731 + (24903 << 32) + (614 << 64) + (42143 << 96)
    ref_last10 = [0x0eab3258d2231f, 0x1b89db315277a5, 0x1db622a5518016, 0x0b7f9af0d575bf, 0x029e4c4db82240,
                  0x04961892f5d673, 0x02b291598e4589, 0x11388382c15694, 0x02dad977c9e1fe, 0x191d96d4d334c6]
    rb = b'3\xa8\xf9f\xf4\xa4\xd06\x19\x8f\x9f\x82\x02oe\xf0'
    first = [(0, 0.8444218515250481), (1, 0.13436424411240122), (42, 0.6394267984578837),
             (2**32, 0.11299430095636409), (2**64 + 7, 0.9625990769630326), (-3, 0.23796462709189137),
             ('hello world', 0.8952335074947013), (b'\x00\x01\xfe\xff', 0.31066403565452483)]

    for seed, version, expected in stable:
        assert hexes(seed, version) == expected
    for s, expected in v1:
        assert hexes(s, 1) == expected and hexes(s.encode(), 1) == expected
    assert hexes(v1_bytes_extra[0], 1) == v1_bytes_extra[1]
    r.seed(ref_seed)
    last = [r.random() for _ in range(2000)][-10:]
    assert [int(math.ldexp(x, 53)) for x in last] == ref_last10
    r.seed(1234567)
    assert r.getrandbits(100) == 97904845777343510404718956115
    r.seed(8675309)
    assert r.randbytes(16) == rb
    for s, x in first:
        r.seed(s)
        assert r.random() == x
    r.seed(0)
    st = r.getstate()[1]
    assert st[:4] == (2147483648, 766982754, 497961170, 3952298588) and st[624] == 624

    return {
        'guaranteed_stable': [{'seed': enc(s), 'version': v, 'random_hex': e} for s, v, e in stable],
        'version1_str': [{'seed': s, 'random_hex': e} for s, e in v1],
        'version1_bytes': [{'seed': enc(s.encode()), 'random_hex': e} for s, e in v1]
        + [{'seed': enc(v1_bytes_extra[0]), 'random_hex': v1_bytes_extra[1]}],
        'reference_implementation': {'seed': enc(ref_seed), 'randoms': 2000,
                                     'last10_times_2_53': [enc(x) for x in ref_last10]},
        'getrandbits_100': {'seed': enc(1234567), 'result': enc(97904845777343510404718956115)},
        'randbytes_16': {'seed': enc(8675309), 'result': enc(rb)},
        'first_random': [{'seed': enc(s), 'result': enc(x)} for s, x in first],
        'seed0_state_head': {'words': [enc(x) for x in st[:4]], 'index': enc(st[624])},
    }


def main():
    parts = []
    for kind, seed, version in SEEDS:
        r = random.Random()
        r.seed(seed, version=version)
        head = {'seed': enc(seed), 'kind': kind, 'version': version, 'state': state_json(r)}
        calls = run_calls(r)
        head_json = json.dumps(head, separators=(',', ':'))[:-1]
        body = ',\n'.join(json.dumps(c, separators=(',', ':')) for c in calls)
        tail = json.dumps(state_json(r), separators=(',', ':'))
        parts.append(f'{head_json},"calls":[\n{body}\n],"final_state":{tail}}}')
    meta = {
        'generator': 'scripts/vectors/cpython_random.py',
        'python': sys.version.split()[0],
        'platform_libm_note': 'results with "libm": true come from this platform\'s C library',
    }
    tests = json.dumps(cpython_tests(), separators=(',', ':'))
    with open(OUT, 'w', encoding='ascii') as f:
        f.write('{"meta":' + json.dumps(meta) + ',\n"cpython_tests":' + tests + ',\n"seeds":[\n')
        f.write(',\n'.join(parts))
        f.write('\n]}\n')


if __name__ == '__main__':
    main()
