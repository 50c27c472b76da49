# SimPy: env.event() is triggered once with succeed(); every waiting process resumes, in the order it waited.
import simpy


def pupil(env, name, bell):
    print(name, 'waits at', env.now)
    yield bell
    print(name, 'leaves at', env.now)


def teacher(env, bell):
    yield env.timeout(45)
    print('bell rings at', env.now)
    bell.succeed()


env = simpy.Environment()
bell = env.event()
for name in ['ann', 'bob', 'cat']:
    env.process(pupil(env, name, bell))
env.process(teacher(env, bell))
env.run()
