# SimPy: a process is an event; yielding it waits for it and gives its return value.
import simpy


def charge(env, minutes):
    yield env.timeout(minutes)
    return minutes * 10


def car(env):
    print('start charging at', env.now)
    energy = yield env.process(charge(env, 3))
    print('charged', energy, 'at', env.now)
    return energy


env = simpy.Environment()
trip = env.process(car(env))
env.run(until=trip)
print('trip done at', env.now, 'with', trip.value)
