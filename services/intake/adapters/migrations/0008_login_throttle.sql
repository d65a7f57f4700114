-- Failed logins per account, for the lockout after repeated failures (service_layer/staff.py).
CREATE INDEX audit_log_failed_logins ON intake.audit_log ((detail->>'staff_id'), at) WHERE action = 'LOGIN_FAILED';
