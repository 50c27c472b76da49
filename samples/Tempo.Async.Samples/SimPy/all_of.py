# SimPy: env.all_of(events) (or a & b) waits until every one has happened.
import simpy


def task(env, name, duration):
    yield env.timeout(duration)
    print(name, 'finished at', env.now)
    return name


def supervisor(env):
    jobs = [env.process(task(env, name, d)) for name, d in [('paint', 4), ('wire', 2), ('plumb', 3)]]
    results = yield env.all_of(jobs)
    print('all finished at', env.now, ':', ', '.join(results[j] for j in jobs))


env = simpy.Environment()
env.process(supervisor(env))
env.run()
