# SimPy: env.timeout(delay) is the one way to let time pass.
import simpy


def walker(env, name, steps):
    for step in steps:
        yield env.timeout(step)
        print(name, 'stepped at', env.now)


env = simpy.Environment()
env.process(walker(env, 'a', [1, 2, 3]))
env.process(walker(env, 'b', [3, 3]))
env.run()
print('done at', env.now)
