# SimPy: env.any_of(events) (or a | b) waits for the first; "request or time out" is the usual use.
import simpy


def delivery(env, arrives):
    yield env.timeout(arrives)
    return 'parcel'


def customer(env, name, arrives, patience):
    parcel = env.process(delivery(env, arrives))
    give_up = env.timeout(patience)
    result = yield parcel | give_up
    if parcel in result:
        print(name, 'got the', result[parcel], 'at', env.now)
    else:
        print(name, 'gave up at', env.now)


env = simpy.Environment()
env.process(customer(env, 'ann', 3, 5))
env.process(customer(env, 'bob', 8, 5))
env.run(until=20)
