import { describe, expect, it } from 'vitest';
import { describeDue, describeDuration, describeOwner, describeTrigger } from '../src/model';

describe('Describing settings in words', () => {
  it('reads ISO-8601 durations', () => {
    expect(describeDuration('PT72H')).toBe('72 hours');
    expect(describeDuration('P12W')).toBe('12 weeks');
    expect(describeDuration('P1DT12H')).toBe('1 day 12 hours');
    expect(describeDuration('P1Y')).toBe('P1Y');
  });

  it('reads due times with their anchor', () => {
    expect(describeDue({ workingDays: 1, from: 'caseOpened' })).toBe('1 working day from case opened');
    expect(describeDue({ workingDays: 0 })).toBe('0 working days');
    expect(describeDue({ beforeNextPanel: 'mace-panel' })).toBe('before the next mace-panel agenda closes');
    expect(describeDue({ nextPanel: 'mace-panel', from: 'stageEntered' })).toBe('at the next mace-panel sitting from stage entered');
  });

  it('reads owners', () => {
    expect(describeOwner({ agency: 'police', role: 'mash' })).toBe('police (mash)');
    expect(describeOwner({ ruleSet: 'task-assignment' })).toBe('chosen by rule set task-assignment');
    expect(describeOwner({ forEachAgencyIn: 'disruptionAgencies' })).toBe('each agency in disruptionAgencies');
  });

  it('reads triggers, with the guard', () => {
    expect(describeTrigger({ key: 'a', to: 'b', trigger: 'timer', after: { duration: 'P12W' }, guard: 'still-open' })).toBe('Timer: 12 weeks (if still-open)');
    expect(describeTrigger({ key: 'a', to: 'b', trigger: 'manual', label: 'Step down' })).toBe('By hand: Step down');
    expect(describeTrigger({ key: 'a', to: 'b', trigger: 'allTasksDone' })).toBe('All tasks done');
  });
});
