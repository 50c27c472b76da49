"""Store and Container requests raced against a timeout (SimPy's ``event | env.timeout(t)``), the loser cancelled.

Written for Tempo's tests (tests/Tempo.Async.Tests/StoreTimeoutTests.cs ports it); regenerate the expected output with
Debian's python3 and python3-simpy3 (SimPy 3.0.11), from this folder:
    /usr/bin/python3 shop_timeouts.py > shop_timeouts.txt
"""
import simpy

assert simpy.__version__ == '3.0.11', simpy.__version__


def maker(env, shelf):
    for i in range(6):
        yield env.timeout(0.5)
        put = shelf.put('part %d' % i)
        result = yield put | env.timeout(1)
        if put in result:
            print('%4.1f maker put part %d' % (env.now, i))
        else:
            put.cancel()
            print('%4.1f maker dropped part %d' % (env.now, i))


def taker(env, name, shelf, start, patience, work):
    yield env.timeout(start)
    while True:
        get = shelf.get()
        result = yield get | env.timeout(patience)
        if get not in result:
            get.cancel()
            print('%4.1f %s gave up' % (env.now, name))
            return
        print('%4.1f %s took %s' % (env.now, name, result[get]))
        yield env.timeout(work)


def tanker(env, tank):
    for amount in (30, 30, 30, 30):
        put = tank.put(amount)
        result = yield put | env.timeout(1)
        if put in result:
            print('%4.1f tanker delivered %d, level %d' % (env.now, amount, tank.level))
        else:
            put.cancel()
            print('%4.1f tanker left with %d, level %d' % (env.now, amount, tank.level))
        yield env.timeout(1)


def car(env, name, tank, start, need, patience):
    yield env.timeout(start)
    get = tank.get(need)
    result = yield get | env.timeout(patience)
    if get in result:
        print('%4.1f %s filled %d, level %d' % (env.now, name, need, tank.level))
    else:
        get.cancel()
        print('%4.1f %s drove off, level %d' % (env.now, name, tank.level))


env = simpy.Environment()
shelf = simpy.Store(env, capacity=1)
tank = simpy.Container(env, capacity=50, init=0)
env.process(maker(env, shelf))
env.process(taker(env, 'Ann', shelf, 2, 2, 3))
env.process(taker(env, 'Bob', shelf, 4, 4, 1))
env.process(tanker(env, tank))
env.process(car(env, 'car 1', tank, 0.5, 20, 1))
env.process(car(env, 'car 2', tank, 2.5, 40, 3))
env.process(car(env, 'car 3', tank, 4, 10, 0.5))
env.process(car(env, 'car 4', tank, 6, 45, 2))
env.run()
