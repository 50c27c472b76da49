# SimPy: a Resource with capacity; request() waits for a free slot, leaving the with-block releases it.
import simpy


def car(env, name, arrives, bcs):
    yield env.timeout(arrives)
    print(name, 'arrives at', env.now)
    with bcs.request() as req:
        yield req
        print(name, 'starts charging at', env.now)
        yield env.timeout(5)
        print(name, 'leaves at', env.now)


env = simpy.Environment()
bcs = simpy.Resource(env, capacity=2)
for i, arrives in enumerate([0, 1, 2, 3]):
    env.process(car(env, 'car %d' % i, arrives, bcs))
env.run()
