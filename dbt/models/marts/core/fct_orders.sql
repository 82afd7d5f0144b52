-- One row per order with what was paid for it.
with orders as (
    select * from {{ ref('stg_shop__orders') }}
),

successful_payments as (
    select
        order_id,
        count(*) as payment_count,
        sum(amount) as amount
    from {{ ref('stg_shop__payments') }}
    where status = 'success'
    group by order_id
)

select
    orders.order_id,
    orders.customer_id,
    orders.order_date,
    orders.status,
    coalesce(successful_payments.payment_count, 0) as payment_count,
    coalesce(successful_payments.amount, 0) as amount
from orders
left join successful_payments
    on successful_payments.order_id = orders.order_id
