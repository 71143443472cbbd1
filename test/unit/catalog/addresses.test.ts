import { describe, expect, it } from 'vitest';
import { addressesIssue, urlIssue } from '../../../shared/catalog/addresses';
import { LIQUID_SYNTAX, INVALID_PARAM, validateJourney } from '../../../shared/validation';
import { paramIssue } from '../../../renderer/features/action-form/field-errors';
import { action, linearJourney } from '../helpers/journey-builder';
import { workspace } from '../validation/fixtures';

describe('email address fields', () => {
  it('accepts addresses separated by commas or semicolons, and Liquid for any of them', () => {
    expect(addressesIssue('sales@example.com', 'To')).toBeUndefined();
    expect(addressesIssue('a@example.com, b@example.org; c@example.net,', 'To')).toBeUndefined();
    expect(addressesIssue('{{ person.email }}, team@example.com', 'To')).toBeUndefined();
    expect(addressesIssue('{{ person.firstName }}@example.com', 'To')).toBeUndefined();
    // A comma inside Liquid does not split the address.
    expect(addressesIssue('{{ person.email | default: "a, b" }}', 'To')).toBeUndefined();
  });

  it('names the field by its label and the address it refuses', () => {
    expect(addressesIssue('sales@example.com, sales team', 'Send email to')).toBe(
      'Send email to: "sales team" is not an email address',
    );
    expect(addressesIssue('team@', 'To')).toBe('To: "team@" is not an email address');
    expect(addressesIssue('{{ person.firstName }}@', 'To')).toBe(
      'To: "{{ person.firstName }}@" is not an email address',
    );
  });

  it('takes a recipient role where the field offers one, in any letter case, beside addresses', () => {
    const roles = ['Account owner'];
    expect(addressesIssue('Account owner', 'Send email to', roles)).toBeUndefined();
    expect(
      addressesIssue('account owner, ops@example.com', 'Send email to', roles),
    ).toBeUndefined();
    expect(addressesIssue('Account owners', 'Send email to', roles)).toBe(
      'Send email to: "Account owners" is neither an email address nor "Account owner"',
    );
    // A field without roles still refuses the words.
    expect(addressesIssue('Account owner', 'To')).toBe(
      'To: "Account owner" is not an email address',
    );
  });

  it('checks web addresses: http(s), a host, no spaces; Liquid may fill any part', () => {
    expect(urlIssue('https://api.example.com/v1?x=1', 'URL')).toBeUndefined();
    expect(urlIssue('https://{{ journey.crm.body.host }}/items', 'URL')).toBeUndefined();
    expect(urlIssue('{{ journey.crm.body.url }}', 'URL')).toBeUndefined();
    expect(urlIssue('ftp://example.com', 'URL')).toBe('URL must start with http:// or https://');
    expect(urlIssue('https://', 'URL')).toBe('URL: "https://" is not a web address');
    expect(urlIssue('https://api example.com', 'URL')).toBe(
      'URL: "https://api example.com" is not a web address',
    );
  });
});

describe('address fields in a journey', () => {
  const alert = (sendTo: string) =>
    linearJourney([action('alert', 'send-sales-alert', { solutionInterestId: 'si-1', sendTo })], {
      audience: 'account',
    });
  const problemsAt = (sendTo: string) =>
    validateJourney(alert(sendTo), workspace).filter((p) => p.nodeId === 'alert');

  it('is a Publish error with the same words under the field and in the Problems list', () => {
    const problems = problemsAt('sales@example.com, nobody');
    const message = 'Send email to: "nobody" is neither an email address nor "Account owner"';
    expect(problems).toEqual([
      { nodeId: 'alert', field: 'params.sendTo', severity: 'error', code: INVALID_PARAM, message },
    ]);
    const params = { solutionInterestId: 'si-1', sendTo: 'sales@example.com, nobody' };
    expect(paramIssue('send-sales-alert', params, 'sendTo')).toEqual({
      message,
      code: INVALID_PARAM,
    });
  });

  it('checks Liquid in an address as Liquid, not as an address', () => {
    const problems = problemsAt('{{ person.email ');
    expect(problems.map((p) => [p.code, p.field])).toEqual([[LIQUID_SYNTAX, 'params.sendTo']]);
    // Its variables too: this workspace has no person attribute "email".
    expect(problemsAt('{{ person.email }}').map((p) => p.message)).toEqual([
      'Send email to: {{person.email}} is not a person attribute of this workspace',
    ]);
    expect(problemsAt('{{ person.jobTitle }}@example.com, ops@example.com')).toEqual([]);
  });
});
