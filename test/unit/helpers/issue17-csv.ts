/**
 * The outside tester's population file (issue #17). Rows: 1 header, 2–3 A1, 4 "abc" employees,
 * 5 too few fields, 6 no account_id, 7 A4, 8 A5 without email and job level.
 */
export const ISSUE17_CSV = [
  'account_id,account_name,employees,industry,email,jobLevel',
  'A1,Acme,1200,Retail,a@acme.com,Executive',
  'A1,Acme,1200,Retail,b@acme.com,Manager',
  'A2,Beta,abc,Finance,c@beta.com,Executive',
  'A3,Gamma,300,Retail',
  ',NoId,50,Retail,d@x.com,Manager',
  'A4,Delta,"5,000",Retail,e@delta.com,Individual contributor',
  'A5,Eps,70,Retail,,',
  '',
].join('\n');
