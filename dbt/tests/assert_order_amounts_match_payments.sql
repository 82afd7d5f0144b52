-- Revenue in fct_orders must add up to the successful payments in staging: a join that drops or
-- doubles payments shows up here. Returns the difference when there is one (a row = a failure).
with from_orders as (
    select coalesce(sum(amount), 0) as total from {{ ref('fct_orders') }}
),

from_payments as (
    select coalesce(sum(amount), 0) as total
    from {{ ref('stg_shop__payments') }}
    where status = 'success'
      and order_id in (select order_id from {{ ref('stg_shop__orders') }})
)

select
    from_orders.total as orders_total,
    from_payments.total as payments_total
from from_orders
cross join from_payments
where from_orders.total <> from_payments.total
