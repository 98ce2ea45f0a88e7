/**
 * How mail for the inbox reaches the function: a receipt rule (store to S3, then invoke the function
 * asynchronously) in a rule set that is either created and activated here, or one the owner already has.
 */
import { CustomResource, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';
import { esmBundling, PROJECT_ROOT } from './bundling.js';

export interface InboxReceiptProps {
  /**
   * `create`: a new rule set named `ruleSetName`, activated by a custom resource that fails the deploy if
   * another set is active (unless `replaceActiveRuleSet`); `existing`: the rule joins that set, which the
   * owner activates (or already has active).
   */
  readonly ruleSet: { readonly mode: 'create' | 'existing'; readonly name: string };
  /** explicit, so the Lambda permission can name the rule's ARN without a dependency cycle */
  readonly ruleName: string;
  /**
   * Recipients of the rule. An address also matches its `+label` forms (SES developer guide, receipt rule
   * recipient conditions), which is how replies with a token reach the function.
   */
  readonly recipients: readonly string[];
  readonly bucket: s3.IBucket;
  /** the rule is created after it: SES checks at creation that it may write to the bucket */
  readonly bucketPolicy: s3.BucketPolicy;
  /** used literally by SES: keep the trailing slash */
  readonly objectKeyPrefix: string;
  readonly function: lambda.IFunction;
  /**
   * with ruleSet `create`: activate ours even though another set is active (switching that one off)
   * @default false
   */
  readonly replaceActiveRuleSet?: boolean;
}

export class InboxReceipt extends Construct {
  readonly rule: ses.CfnReceiptRule;
  readonly ruleSetName: string;
  readonly ruleArn: string;
  /** with ruleSet `create`: the set the activation switched off ('' when none) */
  replacedRuleSet: string | undefined;

  constructor(scope: Construct, id: string, props: InboxReceiptProps) {
    super(scope, id);
    const { partition, region, account } = Stack.of(this);
    this.ruleSetName = props.ruleSet.name;
    this.ruleArn = `arn:${partition}:ses:${region}:${account}:receipt-rule-set/${props.ruleSet.name}:receipt-rule/${props.ruleName}`;

    const ruleSet = props.ruleSet.mode === 'create' ? new ses.CfnReceiptRuleSet(this, 'RuleSet', { ruleSetName: props.ruleSet.name }) : null;

    // SES checks at rule creation that it may invoke the function: the permission must exist first.
    const permission = new lambda.CfnPermission(this, 'AllowSesInvoke', {
      action: 'lambda:InvokeFunction',
      functionName: props.function.functionArn,
      principal: 'ses.amazonaws.com',
      sourceAccount: account,
      sourceArn: this.ruleArn,
    });

    this.rule = new ses.CfnReceiptRule(this, 'Rule', {
      ruleSetName: ruleSet ? ruleSet.ref : props.ruleSet.name,
      // No `after`: SES then inserts the rule at the beginning of the set (CreateReceiptRule API), so no
      // earlier rule can stop or bounce the inbox's mail.
      rule: {
        name: props.ruleName,
        enabled: true,
        recipients: [...props.recipients],
        // Both default to off/optional: without scanning there are no spam and virus verdicts.
        scanEnabled: true,
        tlsPolicy: 'Require',
        actions: [
          // The Lambda event carries no body: store it first; the key is prefix + SES message id.
          { s3Action: { bucketName: props.bucket.bucketName, objectKeyPrefix: props.objectKeyPrefix } },
          { lambdaAction: { functionArn: props.function.functionArn, invocationType: 'Event' } },
        ],
      },
    });
    this.rule.addResourceDependency(props.bucketPolicy.node.defaultChild as s3.CfnBucketPolicy);
    this.rule.addResourceDependency(permission);

    if (ruleSet) this.activate(ruleSet, props.replaceActiveRuleSet ?? false);
  }

  /** Created after the rule (mail flows only once it can be handled), deleted before it (deactivate first). */
  private activate(ruleSet: ses.CfnReceiptRuleSet, replaceActive: boolean): void {
    const logGroup = new logs.LogGroup(this, 'ActivatorLogs', { retention: logs.RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const role = new iam.Role(this, 'ActivatorRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'invite-advisor: activate the receipt rule set, refusing to switch off another one',
    });
    logGroup.grantWrite(role);
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['ses:DescribeActiveReceiptRuleSet', 'ses:SetActiveReceiptRuleSet'],
        resources: ['*'],
      }),
    );
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'ses:DescribeActiveReceiptRuleSet and ses:SetActiveReceiptRuleSet support no resource-level permissions (the active set is an account-wide setting): "*" is the only resource IAM accepts.',
    );
    const activator = new nodejs.NodejsFunction(this, 'Activator', {
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: Duration.seconds(30),
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      ...esmBundling({ entry: `${PROJECT_ROOT}/infra/custom-resources/activate-rule-set.ts`, dataFiles: false }),
    });

    const providerLogs = new logs.LogGroup(this, 'ActivatorProviderLogs', { retention: logs.RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const provider = new cr.Provider(this, 'ActivatorProvider', { onEventHandler: activator, logGroup: providerLogs });
    acknowledgeProviderFramework(provider, activator);

    const activation = new CustomResource(this, 'Activation', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::ActiveReceiptRuleSet',
      properties: { RuleSetName: ruleSet.ref, ReplaceActive: String(replaceActive) },
    });
    activation.node.addDependency(this.rule);
    this.replacedRuleSet = activation.getAttString('Replaced');
  }
}

/** The CDK Provider framework's own function and role (code and policy are CDK's, not ours). */
function acknowledgeProviderFramework(provider: cr.Provider, handler: lambda.Function): void {
  const handlerId = Stack.of(handler).getLogicalId(handler.node.defaultChild as lambda.CfnFunction);
  acknowledge(
    provider,
    `AwsSolutions-IAM5[Resource::<${handlerId}.Arn>:*]`,
    'The Provider framework may invoke any version of our activation function (the ":*" is the version qualifier), and nothing else.',
  );
  acknowledge(provider, 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', 'The CDK custom-resource Provider framework function uses the AWS managed basic execution role (CloudWatch Logs only); CDK creates it, the stack does not choose it.');
}
