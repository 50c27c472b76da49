# SimPy: process.interrupt(cause) throws Interrupt into the process at its current wait; it may catch it.
import simpy


def machine(env):
    while True:
        try:
            print('working from', env.now)
            yield env.timeout(10)
            print('part done at', env.now)
        except simpy.Interrupt as interrupt:
            print('broken at', env.now, 'by', interrupt.cause)
            yield env.timeout(2)
            print('repaired at', env.now)


def breaker(env, target):
    yield env.timeout(15)
    target.interrupt('a worn belt')


env = simpy.Environment()
m = env.process(machine(env))
env.process(breaker(env, m))
env.run(until=30)
