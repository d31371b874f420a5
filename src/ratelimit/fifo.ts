const noop = () => undefined;

/** Runs tasks of the same key one after another, in the order they arrived. */
export class FifoQueues {
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Runs `task` once every task queued before it on `key` is done. `waitForTurn` bounds the time
   * spent queued: it gets the turn and may reject (deadline passed, caller aborted) to give up, in
   * which case the task never runs and the one after it waits only for the turn.
   */
  run<T>(key: string, task: () => Promise<T>, waitForTurn: (turn: Promise<void>) => Promise<unknown> = (turn) => turn): Promise<T> {
    const turn = (this.tails.get(key) ?? Promise.resolve()).then(noop, noop);
    const result = waitForTurn(turn).then(() => task());
    const tail = Promise.all([turn, result.then(noop, noop)]).then(noop);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
