import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges exactly one cdk-nag finding on one construct. cdk-nag 3 ids carry the finding in brackets
 * (`AwsSolutions-IAM5[Action::kms:ReEncrypt*]`), so an acknowledgement never silences a whole rule.
 */
export const acknowledge = (construct: IConstruct, id: string, reason: string): void => {
  Validations.of(construct).acknowledge({ id, reason });
};
