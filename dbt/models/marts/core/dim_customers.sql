-- One row per customer with their order history summed up.
with customers as (
    select * from {{ ref('stg_shop__customers') }}
),

orders as (
    select * from {{ ref('fct_orders') }}
),

order_history as (
    select
        customer_id,
        min(order_date) as first_order_date,
        max(order_date) as most_recent_order_date,
        count(*) as number_of_orders,
        sum(amount) as lifetime_value
    from orders
    -- Returned orders were refunded: they do not count towards what a customer is worth.
    where status <> 'returned'
    group by customer_id
)

select
    customers.customer_id,
    customers.first_name,
    customers.last_name,
    customers.email,
    customers.created_at,
    order_history.first_order_date,
    order_history.most_recent_order_date,
    coalesce(order_history.number_of_orders, 0) as number_of_orders,
    coalesce(order_history.lifetime_value, 0) as lifetime_value,
    case
        when order_history.number_of_orders is null then 'prospect'
        when order_history.number_of_orders = 1 then 'new'
        else 'returning'
    end as customer_segment
from customers
left join order_history
    on order_history.customer_id = customers.customer_id
