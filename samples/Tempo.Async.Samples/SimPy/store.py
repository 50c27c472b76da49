# SimPy: a Store holds items; get() waits until there is one, put() adds one (an unbounded store never waits).
import simpy


def producer(env, store):
    for i in range(3):
        yield env.timeout(2)
        store.put('spare %d' % i)
        print('made spare', i, 'at', env.now)


def consumer(env, name, store):
    while True:
        item = yield store.get()
        print(name, 'took', item, 'at', env.now)
        yield env.timeout(3)


env = simpy.Environment()
store = simpy.Store(env)
env.process(producer(env, store))
env.process(consumer(env, 'fitter', store))
env.run(until=20)
